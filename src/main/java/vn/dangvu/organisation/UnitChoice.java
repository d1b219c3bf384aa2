package vn.dangvu.organisation;

/** A unit in a select list, labelled with its parent ("Chi bộ Ấp Bình Hòa — Xã Tân Hộ Cơ") since names repeat. */
public record UnitChoice(long id, String label) {}
