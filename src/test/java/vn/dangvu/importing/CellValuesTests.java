package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"05/01/2019", "5/1/2019", "05.01.2019", "05-01-2019", "5-1-19", "05/01/19", "2019-01-05"})
    void shouldReadEveryCommonDateForm(String text) {
        assertThat(CellValues.date(text)).isEqualTo(LocalDate.of(2019, 1, 5));
    }

    @Test
    void shouldTakeRealDateCellsAndPutTwoDigitYearsInTheLastCentury() {
        assertThat(CellValues.date(LocalDate.of(1975, 4, 30))).isEqualTo(LocalDate.of(1975, 4, 30));
        assertThat(CellValues.date("12/3/62")).isEqualTo(LocalDate.of(1962, 3, 12));
        assertThatThrownBy(() -> CellValues.date("31/02/2020")).hasMessage("import.error.date");
        assertThatThrownBy(() -> CellValues.date("hôm qua")).hasMessage("import.error.date");
    }

    @Test
    void shouldMatchNamesWithoutDiacriticsOrPrefixes() {
        assertThat(CellValues.unitKey("Xã Thông Bình")).isEqualTo("thongbinh");
        assertThat(CellValues.unitKey("thong binh")).isEqualTo("thongbinh");
        assertThat(CellValues.unitKey("Chi bộ Ấp Bình Thạnh")).isEqualTo("binhthanh");
        assertThat(CellValues.unitKey("AP BINH THANH")).isEqualTo("binhthanh");
        assertThat(CellValues.unitKey("Thị trấn Sa Rài")).isEqualTo("sarai");
        assertThat(CellValues.unitKey("sa rai")).isEqualTo("sarai");
        assertThat(CellValues.unitKey("Xã Tân Hộ Cơ")).isEqualTo("tanhoco");
        assertThat(RegisterColumns.key("SỐ ĐỊNH DANH  CÁ NHÂN")).isEqualTo("sodinhdanhcanhan");
        assertThat(RegisterColumns.key("So dinh danh ca nhan")).isEqualTo("sodinhdanhcanhan");
        assertThat(RegisterColumns.key("Xã / Thị trấn")).isEqualTo("xathitran");
        assertThat(RegisterColumns.key("xa/thi tran")).isEqualTo("xathitran");
    }

    @Test
    void shouldReadYesNoAndGender() {
        assertThat(CellValues.yesNo("Có")).isTrue();
        assertThat(CellValues.yesNo("không")).isFalse();
        assertThat(CellValues.yesNo("")).isFalse();
        assertThat(CellValues.gender("Nữ")).isEqualTo(vn.dangvu.member.Gender.FEMALE);
        assertThatThrownBy(() -> CellValues.yesNo("có lẽ")).hasMessage("import.error.yesNo");
    }
}
