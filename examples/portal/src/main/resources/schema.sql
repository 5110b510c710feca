-- The portal's notification centre: what the library delivered, once per idempotency key.
create table if not exists portal_notice (
  idempotency_key varchar(200) primary key,
  recipient       varchar(128) not null,
  topic           varchar(40)  not null,
  received_at     timestamp    not null
);
create index if not exists portal_notice_recipient on portal_notice (recipient, received_at);
