package vn.dangvu.member;

import java.time.LocalDate;

/**
 * A member of a Party organisation outside the tree who attends a branch here temporarily: not a member of
 * ours (no member row, never counted), listed apart on the host branch's list from the temporary transfer
 * that brought them ({@code transferId}); {@code since}: the day it took effect.
 */
public record OutsideVisitor(long transferId, String fullName, String origin, LocalDate since, LocalDate plannedEnd) {}
