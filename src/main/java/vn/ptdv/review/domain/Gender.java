package vn.ptdv.review.domain;

/** Gender as coded in members.csv. */
public enum Gender { M, F }
