/** Access control as a pure model: users, credentials, throttling rules, the authorization policy, classification and audit events. */
package org.concord.access.model;
