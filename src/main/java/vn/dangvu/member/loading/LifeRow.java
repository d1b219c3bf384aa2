package vn.dangvu.member.loading;

import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.LeavingForm;

/**
 * The Party-life cells of an imported member row: an exemption and a leaving of the Party, each null when
 * the row's cells for it are all empty. A value the file could not read is null in its form.
 */
public record LifeRow(ExemptionForm exemption, LeavingForm leaving) {

    public static final LifeRow NONE = new LifeRow(null, null);

    public boolean isEmpty() {
        return exemption == null && leaving == null;
    }
}
