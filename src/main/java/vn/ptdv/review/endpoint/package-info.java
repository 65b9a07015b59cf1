/**
 * The SQL endpoint's security: accounts and logins (bcrypt, LDAP), the checks every client statement
 * passes before it runs (allow-lists of statement kinds, names and functions; unit scope), and the audit
 * trail. Uses catalog, config, spark, util and domain; used by cli only.
 */
package vn.ptdv.review.endpoint;
