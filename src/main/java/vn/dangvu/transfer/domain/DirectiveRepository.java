package vn.dangvu.transfer.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

    boolean existsByNumberIgnoreCase(String number);

    Page<Directive> findAllByOrderByIssuedOnDescIdDesc(Pageable pageable);
}
