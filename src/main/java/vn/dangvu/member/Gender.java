package vn.dangvu.member;

public enum Gender {
    MALE,
    FEMALE
}
