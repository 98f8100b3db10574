package cymru.cofnod.nof.api;

import cymru.cofnod.core.api.Requester;

/**
 * Commissioners' reports over the nof bundle's own de-identified facts. Only commissioners and
 * administrators may read them.
 */
public interface NofReports {

    /**
     * People and outcomes by NOF domain, statement or personalised statement.
     *
     * @throws cymru.cofnod.core.api.AccessDeniedException for anyone but a commissioner or administrator
     * @throws cymru.cofnod.core.api.ValidationException   for an unknown cut, breakdown, period or filter
     */
    Report byDomain(Requester requester, ReportQuery query);
}
