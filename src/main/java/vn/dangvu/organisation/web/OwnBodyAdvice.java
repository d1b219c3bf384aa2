package vn.dangvu.organisation.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.ActorHolder;

/**
 * Puts the signed-in user's own body into every page's model as {@code ownBody} (null when nobody is signed
 * in), for the footer: named from their scope unit as it stands today, so that after the reform of 1/7/2025
 * the footer says "Đảng bộ tỉnh Đồng Tháp" or "Đảng ủy xã Tân Thành" without a word in the templates.
 */
@ControllerAdvice
@RequiredArgsConstructor
class OwnBodyAdvice {

    private final OrganisationService organisation;

    @ModelAttribute("ownBody")
    OwnBody ownBody() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ActorHolder holder)) {
            return null;
        }
        long unitId = holder.actor().scopeUnitId();
        return new OwnBody(
                () -> organisation.find(unitId).map(UnitView::partyBody).orElse(null));
    }
}
