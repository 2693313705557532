/** Options for one decision: alternative points on the scale of an item's forecast issue, each with its forecast. */
package org.concord.options;
