package vn.dangvu.account;

import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;

public record AccountView(long id, String username, String fullName, Role role, UnitView scope, boolean enabled) {}
