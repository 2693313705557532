/** Register use cases: reading the register as of a date, editing missions and events, import and export. */
package org.concord.register.application;
