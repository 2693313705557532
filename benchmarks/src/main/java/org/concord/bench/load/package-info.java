/**
 * The load benchmark's Java parts, run by {@code benchmarks/load/run.sh}: the bare Javalin baseline it compares Concord
 * with, and the generator that writes journal history through Concord's services.
 */
package org.concord.bench.load;
