/** The command line: picocli commands calling the application services. */
package org.concord.cli;
