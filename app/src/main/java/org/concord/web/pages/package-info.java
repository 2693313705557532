/** The desk: read-only server-rendered HTML pages over the same application services as the API. */
package org.concord.web.pages;
