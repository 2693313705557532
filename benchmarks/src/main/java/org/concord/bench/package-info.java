/** JMH benchmarks of Concord's hot paths; run with {@code java -jar benchmarks/target/benchmarks.jar}. */
package org.concord.bench;
