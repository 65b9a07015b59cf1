package vn.ptdv.review.domain;

/** Why a member left the city's party organisation (members.csv left_reason). */
public enum LeftReason { TRANSFER_OUT, STRUCK_OFF, EXPELLED, REMOVED, DIED }
