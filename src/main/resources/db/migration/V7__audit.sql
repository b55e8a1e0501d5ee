-- Tamper evidence for append-only tables (docs/audit-chain.md). Each row of a chained table
-- carries its place in the chain, the hash of the row before it and its own hash over its
-- whole content; the database computes them on insert and refuses UPDATE, DELETE and
-- TRUNCATE. audit_chain holds the head of each chain: its last position and hash.

create table audit_chain (
    chain_name varchar(63) primary key,
    last_position bigint  not null,
    last_hash  char(64) not null
);

-- The hash of a row: SHA-256 over the previous row's hash and the row's content as jsonb text
-- (jsonb orders keys, so the text is the same whoever wrote the row). Callers run it with the
-- time zone set to UTC so timestamps read the same way every time.
create function audit_chain_hash(previous_hash char(64), content jsonb) returns char(64)
    language sql immutable strict
    as $$ select encode(sha256(convert_to(previous_hash || content::text, 'UTF8')), 'hex') $$;

-- Links a new row to the head of its table's chain. Every chain head is locked, always in the
-- same order, so concurrent writers line up one after another and two chains written in one
-- transaction cannot deadlock.
create function audit_chain_append() returns trigger
    language plpgsql set timezone = 'UTC'
as $$
declare
    head audit_chain%rowtype;
begin
    perform 1 from audit_chain order by chain_name for update;
    select * into head from audit_chain where chain_name = TG_TABLE_NAME;
    if not found then
        raise exception 'No audit chain is set up for table %', TG_TABLE_NAME;
    end if;
    NEW.chain_position := head.last_position + 1;
    NEW.previous_hash := head.last_hash;
    NEW.row_hash := audit_chain_hash(NEW.previous_hash, to_jsonb(NEW) - 'row_hash');
    update audit_chain set last_position = NEW.chain_position, last_hash = NEW.row_hash
        where chain_name = TG_TABLE_NAME;
    return NEW;
end
$$;

create function audit_chain_refuse() returns trigger
    language plpgsql
as $$
begin
    raise exception '% is append-only: % is refused', TG_TABLE_NAME, TG_OP
        using errcode = 'insufficient_privilege';
end
$$;

-- Every row of a chained table with the hash its content gives now, in chain order; a
-- verifier compares that with the stored hashes and links.
create function audit_chain_rows(chain varchar)
    returns table (id bigint, chain_position bigint, previous_hash char(64),
                   row_hash char(64), recomputed_hash char(64))
    language plpgsql stable set timezone = 'UTC'
as $$
begin
    if not exists (select 1 from audit_chain a where a.chain_name = chain) then
        raise exception 'No audit chain named %', chain;
    end if;
    return query execute format(
        'select t.id::bigint, t.chain_position, t.previous_hash, t.row_hash,'
        || ' audit_chain_hash(t.previous_hash, to_jsonb(t) - ''row_hash'')'
        || ' from %I t order by t.chain_position', chain);
end
$$;

-- Puts a table with a bigint id under a chain: adds the chain columns, links the rows it
-- already has in id order, then lets it only grow. One call per table, in a migration:
--   select audit_chain_attach('case_history');
create function audit_chain_attach(chain varchar) returns void
    language plpgsql set timezone = 'UTC'
as $$
declare
    row_id   bigint;
    linked   bigint := 0;
    previous char(64) := repeat('0', 64);
    linked_hash char(64);
begin
    execute format('alter table %I add column chain_position bigint,'
        || ' add column previous_hash char(64), add column row_hash char(64)', chain);
    for row_id in execute format('select id from %I order by id', chain) loop
        linked := linked + 1;
        execute format('update %I set chain_position = $1, previous_hash = $2 where id = $3',
            chain) using linked, previous, row_id;
        execute format('select audit_chain_hash(previous_hash, to_jsonb(t) - ''row_hash'')'
            || ' from %I t where id = $1', chain) into linked_hash using row_id;
        execute format('update %I set row_hash = $1 where id = $2', chain)
            using linked_hash, row_id;
        previous := linked_hash;
    end loop;
    execute format('alter table %I alter column chain_position set not null,'
        || ' alter column previous_hash set not null, alter column row_hash set not null,'
        || ' add constraint %I unique (chain_position)', chain, chain || '_chain_position');
    insert into audit_chain (chain_name, last_position, last_hash)
        values (chain, linked, previous);
    execute format('create trigger %I before insert on %I for each row'
        || ' execute function audit_chain_append()', chain || '_chain_append', chain);
    execute format('create trigger %I before update or delete on %I for each row'
        || ' execute function audit_chain_refuse()', chain || '_append_only', chain);
    execute format('create trigger %I before truncate on %I for each statement'
        || ' execute function audit_chain_refuse()', chain || '_no_truncate', chain);
end
$$;

select audit_chain_attach('decision_log');

-- A case history created by an earlier migration joins its own chain here; one created later
-- calls audit_chain_attach in its own migration.
do $$
begin
    if to_regclass('case_history') is not null then
        perform audit_chain_attach('case_history');
    end if;
end
$$;
