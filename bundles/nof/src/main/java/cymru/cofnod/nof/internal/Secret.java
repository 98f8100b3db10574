package cymru.cofnod.nof.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A secret of this installation's, such as the key that turns a person's id into a report key. */
@Entity
@Table(name = "NOF_SECRET")
public class Secret {

    @Id
    @Column(name = "NAME", length = 32)
    private String name;

    @Column(name = "SECRET_VALUE", length = 128, nullable = false)
    private String value;

    protected Secret() {
    }

    Secret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }
}
