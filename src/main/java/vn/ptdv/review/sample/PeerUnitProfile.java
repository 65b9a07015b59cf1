package vn.ptdv.review.sample;

import java.util.List;

/**
 * The calibration of one peer unit in the sample.
 *
 * @param code              unit code
 * @param name              unit name as published
 * @param peerGroup         URBAN_DISTRICT | RURAL_DISTRICT | SECTOR
 * @param membersAtStart2024 members at the start of 1 January 2024
 * @param admissionsYtd2024 admissions 1 Jan - 31 Aug 2024
 * @param target2024        annual plan for 2024 (count), or null for a rate-only plan
 * @param rateTarget2024    rate plan or aspiration for 2024, % of members, or null
 * @param grassroots        names of its grassroots organisations (more are numbered when needed)
 * @param cellPrefix        how its cells are named, e.g. "Chi bộ tổ dân phố"
 */
public record PeerUnitProfile(String code, String name, String peerGroup, int membersAtStart2024,
                              int admissionsYtd2024, Integer target2024, Double rateTarget2024,
                              List<String> grassroots, String cellPrefix) {}
