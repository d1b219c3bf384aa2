package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.transfer.domain.Transfer;

/** Every step from every state: the legal ones move on, the others are refused and change nothing. */
class TransferStateMachineTests {

    private static final EnumSet<TransferState> LEGAL_FROM_DRAFT =
            EnumSet.of(TransferState.PROPOSED, TransferState.CANCELLED);
    private static final EnumSet<TransferState> LEGAL_FROM_PROPOSED =
            EnumSet.of(TransferState.APPROVED, TransferState.REJECTED, TransferState.CANCELLED);
    private static final EnumSet<TransferState> LEGAL_FROM_APPROVED =
            EnumSet.of(TransferState.COMPLETED, TransferState.REJECTED, TransferState.CANCELLED);

    static Stream<Arguments> everyStepFromEveryState() {
        return Stream.of(TransferState.values())
                .flatMap(from -> Stream.of(
                                TransferState.PROPOSED,
                                TransferState.APPROVED,
                                TransferState.COMPLETED,
                                TransferState.REJECTED,
                                TransferState.CANCELLED)
                        .map(to -> Arguments.of(from, to, legal(from).contains(to))));
    }

    private static EnumSet<TransferState> legal(TransferState from) {
        return switch (from) {
            case DRAFT -> LEGAL_FROM_DRAFT;
            case PROPOSED -> LEGAL_FROM_PROPOSED;
            case APPROVED -> LEGAL_FROM_APPROVED;
            default -> EnumSet.noneOf(TransferState.class);
        };
    }

    @ParameterizedTest(name = "{0} → {1}: legal {2}")
    @MethodSource("everyStepFromEveryState")
    void shouldAllowOnlyTheLegalSteps(TransferState from, TransferState to, boolean legal) {
        Transfer transfer = in(from);
        if (legal) {
            step(to).accept(transfer);
            assertThat(transfer.getState()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> step(to).accept(transfer))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("transfer.illegalStep");
            assertThat(transfer.getState()).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @MethodSource("closingSteps")
    void shouldNeedAReasonToRejectOrCancel(TransferState to) {
        Transfer transfer = in(TransferState.PROPOSED);
        assertThatThrownBy(() -> {
                    if (to == TransferState.REJECTED) {
                        transfer.reject("tochuc", " ");
                    } else {
                        transfer.cancel("tochuc", null);
                    }
                })
                .hasMessage("transfer.reasonRequired");
        assertThat(transfer.getState()).isEqualTo(TransferState.PROPOSED);
    }

    static List<TransferState> closingSteps() {
        return List.of(TransferState.REJECTED, TransferState.CANCELLED);
    }

    @org.junit.jupiter.api.Test
    void shouldRecordWhoDidEachStepAndWhen() {
        Transfer transfer = in(TransferState.APPROVED);
        transfer.complete("tochuc", LocalDate.of(2019, 1, 7));
        assertThat(transfer.getCreatedBy()).isEqualTo("xa.thongbinh");
        assertThat(transfer.getProposedBy()).isEqualTo("xa.thongbinh");
        assertThat(transfer.getApprovedBy()).isEqualTo("tochuc");
        assertThat(transfer.getCompletedBy()).isEqualTo("tochuc");
        assertThat(transfer.getCompletedAt()).isNotNull();
        assertThat(transfer.getEffectiveOn()).isEqualTo(LocalDate.of(2019, 1, 7));
    }

    @org.junit.jupiter.api.Test
    void shouldNeedADateToComplete() {
        Transfer transfer = in(TransferState.APPROVED);
        assertThatThrownBy(() -> transfer.complete("tochuc", null)).hasMessage("transfer.effectiveOnRequired");
        assertThat(transfer.getState()).isEqualTo(TransferState.APPROVED);
    }

    private static Transfer in(TransferState state) {
        Transfer t = Transfer.within(
                TransferKind.INTERNAL,
                1,
                2,
                3,
                null,
                new Transfer.Letter("Chuyển về nơi cư trú", null, null),
                "xa.thongbinh");
        switch (state) {
            case DRAFT -> {}
            case PROPOSED -> t.propose("xa.thongbinh");
            case APPROVED -> {
                t.propose("xa.thongbinh");
                t.approve("tochuc");
            }
            case COMPLETED -> {
                t.propose("xa.thongbinh");
                t.approve("tochuc");
                t.complete("tochuc", LocalDate.of(2020, 1, 1));
            }
            case REJECTED -> {
                t.propose("xa.thongbinh");
                t.reject("tochuc", "Sai nơi cư trú");
            }
            case CANCELLED -> t.cancel("xa.thongbinh", "Lập nhầm");
        }
        return t;
    }

    private static Consumer<Transfer> step(TransferState to) {
        return switch (to) {
            case PROPOSED -> t -> t.propose("u");
            case APPROVED -> t -> t.approve("u");
            case COMPLETED -> t -> t.complete("u", LocalDate.of(2021, 2, 3));
            case REJECTED -> t -> t.reject("u", "lý do");
            case CANCELLED -> t -> t.cancel("u", "lý do");
            default -> throw new IllegalArgumentException();
        };
    }
}
