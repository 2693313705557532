/** Access control use cases: Argon2id password hashing, login with throttling, bearer tokens, user accounts and the access guard. */
package org.concord.access;
