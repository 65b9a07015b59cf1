package vn.ptdv.review.domain;

/** The characteristics of new members a review reports (gold.admissions_breakdown). */
public enum BreakdownDimension {
    /** Nữ: F | M. */
    GENDER,
    /** Dân tộc thiểu số: MINORITY (any group but Kinh) | KINH. */
    ETHNICITY,
    /** Người có đạo: RELIGIOUS | NONE ('Không'). */
    RELIGION,
    /** Age in whole years on the admission date: UNDER_18 | 18_30 | 31_45 | OVER_45. */
    AGE_BAND,
    /** Highest education level, as given. */
    EDUCATION,
    /** Occupation at admission, as given. */
    OCCUPATION,
    /** Candidate source group of Conclusion 366-KL/TU ({@link SourceGroup}). */
    SOURCE_GROUP
}
