package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.shared.Actor;

/**
 * Published, within the transaction that makes the change, when units end (merged into another, split, ended
 * by a reorganisation) or a branch is dissolved: {@code on} is the first day they no longer exist. The member
 * module ends their committees' open periods on the day before, in the same transaction. {@code actor}: who
 * made the change (null: the system).
 */
public record UnitsEnded(List<Long> unitIds, LocalDate on, Actor actor) {}
