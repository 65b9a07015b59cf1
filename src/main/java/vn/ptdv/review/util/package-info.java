/**
 * Small helpers without Spark state: progress lines (Progress) and Scala collection conversion (ScalaSeq). Below the
 * layers; uses no other package of the project.
 */
package vn.ptdv.review.util;
