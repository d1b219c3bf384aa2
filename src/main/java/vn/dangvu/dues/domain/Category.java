package vn.dangvu.dues.domain;

/** A dues category; its names are data. */
public record Category(String code, String name, String nameEn, int sort) {}
