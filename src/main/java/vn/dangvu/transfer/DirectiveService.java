package vn.dangvu.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.transfer.domain.Directive;
import vn.dangvu.transfer.domain.DirectiveRepository;

/** Directives (văn bản chỉ đạo): public documents that everyone reads and district staff register. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DirectiveService {

    private final DirectiveRepository directives;
    private final AuditLog audit;
    private final TransferPolicy policy;

    /** What the actor may do on the directive pages. */
    public TransferPolicy.DirectiveMay may(Actor actor) {
        return policy.mayOnDirectives(actor);
    }

    /** An empty directive, to those who may register one. */
    public DirectiveForm newForm(Actor actor) {
        policy.requireRegisterDirectives(actor);
        return DirectiveForm.empty();
    }

    public PageView<DirectiveView> list(int page) {
        Page<Directive> found =
                directives.findAllByOrderByIssuedOnDescIdDesc(PageRequest.of(page, PageView.DEFAULT_SIZE));
        return new PageView<>(
                found.getContent().stream().map(Directive::toView).toList(),
                page,
                PageView.DEFAULT_SIZE,
                found.getTotalElements());
    }

    public DirectiveView get(long id) {
        return directives.findById(id).map(Directive::toView).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public long register(Actor actor, DirectiveForm form) {
        if (actor != null) {
            policy.requireRegisterDirectives(actor);
        }
        if (directives.existsByNumberIgnoreCase(form.number().trim())) {
            throw BusinessRuleException.onField("number", "directive.numberTaken");
        }
        long id = directives.save(new Directive(form)).getId();
        audit.record(actor, "DIRECTIVE", id, "CREATED", form.number());
        return id;
    }
}
