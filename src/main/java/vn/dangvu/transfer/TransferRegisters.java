package vn.dangvu.transfer;

import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageView;
import vn.dangvu.transfer.domain.TransferRegister;

/**
 * The transfer registers (Sổ giới thiệu sinh hoạt đảng) a reader sees: those of the issuing committees in
 * their scope, for a year. A branch issues no letters, so a branch secretary's list is empty; a commune
 * official reads the commune's register of internal letters; district staff read the district's and its
 * communes'.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TransferRegisters {

    private final TransferRegister register;

    public PageView<RegisterRow> page(Actor actor, int year, int page) {
        return register.page(actor.scope(), year, page, PageView.DEFAULT_SIZE);
    }

    public void each(Actor actor, int year, Consumer<RegisterRow> rows) {
        register.each(actor.scope(), year, rows);
    }
}
