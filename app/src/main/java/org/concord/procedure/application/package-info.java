/** Procedure use cases: raising items, official positions, the silence procedure and its scheduler, adoption and its effect on the register. */
package org.concord.procedure.application;
