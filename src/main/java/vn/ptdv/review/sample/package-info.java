/**
 * The synthetic source drop (SampleGenerator): the calibrated province (ProvinceProfile) and the performance scales
 * (ScaleSpec). Writes what the sources layer reads; uses sources, domain and util; used by cli.
 */
package vn.ptdv.review.sample;
