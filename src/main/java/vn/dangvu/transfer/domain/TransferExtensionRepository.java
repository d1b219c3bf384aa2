package vn.dangvu.transfer.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransferExtensionRepository extends JpaRepository<TransferExtension, Long> {

    List<TransferExtension> findByTransferIdOrderByIdAsc(long transferId);
}
