/**
 * The values every layer shares: unit levels, event types, periods, structures, breakdown dimensions and the like,
 * as enums. Below the layers; uses no other package of the project.
 */
package vn.ptdv.review.domain;
