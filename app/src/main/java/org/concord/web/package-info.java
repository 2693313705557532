/** The HTTP edge: JSON API under /api/v1, RFC 9457 problem documents, the OpenAPI document and its rendered view. */
package org.concord.web;
