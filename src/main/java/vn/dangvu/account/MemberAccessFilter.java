package vn.dangvu.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dangvu.shared.Role;

/**
 * A member's own account reaches only their own pages ({@code /me}) and their password: another member's
 * record answers 404 (it does not exist for them), every other page 403, the home page leads to {@code
 * /me}. Every request reads the member as they stand now: one who left the Party, or whose account was
 * disabled, is signed out at once; one who moved to another branch carries on with that branch as scope.
 * The services check the same on their own (the MEMBER actor is refused by every policy but its own).
 */
class MemberAccessFilter extends OncePerRequestFilter {

    private static final Pattern MEMBER_RECORD = Pattern.compile("/members/[0-9]+(/.*)?");

    private final MemberAccountService memberAccounts;

    MemberAccessFilter(MemberAccountService memberAccounts) {
        this.memberAccounts = memberAccounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.actor().is(Role.MEMBER))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (open(path)) {
            chain.doFilter(request, response);
            return;
        }
        MemberAccountService.CurrentMember current =
                memberAccounts.current(principal.actor().userId());
        if (current.standing() != MemberAccountService.Standing.OK) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?"
                    + (current.standing() == MemberAccountService.Standing.LEFT ? "left" : "disabled"));
            return;
        }
        if (!current.actor().equals(principal.actor())) {
            UsernamePasswordAuthenticationToken moved = UsernamePasswordAuthenticationToken.authenticated(
                    principal.as(current.actor()), null, authentication.getAuthorities());
            moved.setDetails(authentication.getDetails());
            SecurityContextHolder.getContext().setAuthentication(moved);
        }
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/me");
        } else if (own(path)) {
            chain.doFilter(request, response);
        } else if (MEMBER_RECORD.matcher(path).matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** What anyone may open, signed in or not. */
    private static boolean open(String path) {
        return path.equals("/login")
                || path.equals("/logout")
                || path.equals("/activate")
                || path.equals("/guide")
                || path.startsWith("/guide/")
                || path.equals("/error")
                || path.startsWith("/error/")
                || path.startsWith("/assets/")
                || path.startsWith("/webjars/");
    }

    private static boolean own(String path) {
        return path.equals("/me") || path.startsWith("/me/") || path.equals("/account/password");
    }
}
