/** The procedure's wire format: requests to raise items and record positions, and the item views the API and CLI show. */
package org.concord.procedure.data;
