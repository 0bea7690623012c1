-- Only link evidence carries a URL.
--
-- The http(s) rule applied to link evidence only, so a document or a file
-- could carry url = 'javascript:…' (and a page that shows it as a link would
-- run it).  Now a document or file row has no URL at all; a link's URL stays
-- http or https (evidence_link_fields).

alter table public.evidence
  add constraint evidence_url_only_on_links check (kind = 'link' or url is null);
