/**
 * Small helpers without Spark state: progress lines (Progress), Scala collection conversion (ScalaSeq) and
 * independent steps run on a few threads (Concurrently). Below the layers; uses no other package of the project.
 */
package vn.ptdv.review.util;
