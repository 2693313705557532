/** The alliance register as a pure model: members, partners, bodies, missions, events and their sessions. */
package org.concord.register.model;
