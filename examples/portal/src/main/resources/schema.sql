-- The portal's notification centre: what the library delivered, once per idempotency key, with the
-- words the library gave it in Russian and English.
create table if not exists portal_notice (
  idempotency_key varchar(200) primary key,
  recipient       varchar(128) not null,
  topic           varchar(40)  not null,
  text_ru         varchar(2000),
  text_en         varchar(2000),
  received_at     timestamp    not null
);
-- A database made before the notices carried words gains the columns.
alter table portal_notice add column if not exists text_ru varchar(2000);
alter table portal_notice add column if not exists text_en varchar(2000);
create index if not exists portal_notice_recipient on portal_notice (recipient, received_at);
