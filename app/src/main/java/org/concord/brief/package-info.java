/** The decision brief: one page per item for a reader with two minutes, marked as high as what it shows to that reader. */
package org.concord.brief;
