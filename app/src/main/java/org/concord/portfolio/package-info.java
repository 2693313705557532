/** The portfolio lens: every mission side by side, reset profiles applied to it, and the draft items a reset needs. */
package org.concord.portfolio;
