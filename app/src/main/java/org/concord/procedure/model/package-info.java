/** The consensus procedure engine (rules R1-R13) as a pure, event-sourced model: decision items, positions, silence procedures. */
package org.concord.procedure.model;
