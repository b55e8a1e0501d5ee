-- The audit chain is sealed after commit instead of inside each writing transaction
-- (docs/audit-chain.md). Until now a chained insert locked the chain's head until its
-- transaction committed, so every writer waited for the one before it, commit included.
-- Now an insert only notes its row as waiting to be sealed; a sealer takes the waiting rows
-- of a chain in batches, in id order, links them to the head and moves the head once per
-- batch. The links leave the chained tables for a table of their own, audit_chain_link,
-- which is append-only like the tables it covers.
--
-- A row's hash is unchanged: SHA-256 over the previous row's hash and the row's content as
-- jsonb text, where the content is the row's own columns plus its chain_position and
-- previous_hash (jsonb orders keys, so this is the text the columns gave before they moved).

create table audit_chain_link (
    chain_name     varchar(63) not null references audit_chain (chain_name),
    chain_position bigint   not null,
    row_id         bigint   not null,
    previous_hash  char(64) not null,
    row_hash       char(64) not null,
    primary key (chain_name, chain_position),
    constraint audit_chain_link_row unique (chain_name, row_id)
);

-- Rows written and committed but not sealed yet. A queue, not a record: the sealer deletes
-- what it has linked. No foreign key to audit_chain: its check would lock the head row for
-- key share in every writing transaction, and the sealer's lock on the head waits for those.
create table audit_chain_pending (
    chain_name varchar(63) not null,
    row_id     bigint not null,
    primary key (chain_name, row_id)
);

-- The content a row is hashed over: its columns, with its place in the chain.
create function audit_chain_content(content jsonb, chain_position bigint,
        previous_hash char(64)) returns jsonb
    language sql immutable strict
    as $$ select content || jsonb_build_object('chain_position', chain_position,
                                               'previous_hash', previous_hash) $$;

-- Notes an inserted row of a chained table as waiting to be sealed.
create function audit_chain_enqueue() returns trigger
    language plpgsql
as $$
begin
    insert into audit_chain_pending (chain_name, row_id) values (TG_TABLE_NAME, NEW.id);
    return null;
end
$$;

-- Links up to max_rows waiting rows of one chain to its head, in id order, and moves the
-- head once. Sealers (one per service instance) line up on the head's lock; each sees what
-- the one before it committed. The hashes are computed one after another (each needs the
-- one before), the links written and the queue emptied in one statement each. Answers how
-- many rows it linked.
create function audit_chain_seal(chain varchar, max_rows integer) returns integer
    language plpgsql set timezone = 'UTC'
as $$
declare
    head      audit_chain%rowtype;
    waiting   record;
    position  bigint;
    previous  text;
    -- text and not char(64) arrays: plpgsql grows those in place, char(64) ones by copying
    row_ids   bigint[] := '{}';
    previous_hashes text[] := '{}';
    row_hashes text[] := '{}';
begin
    select * into head from audit_chain where chain_name = chain for no key update;
    if not found then
        raise exception 'No audit chain named %', chain;
    end if;
    position := head.last_position;
    previous := head.last_hash;
    -- An id at the front of the queue for a row already linked (queued twice) is dropped.
    delete from audit_chain_pending p where p.chain_name = chain
        and p.row_id in (select q.row_id from audit_chain_pending q
                         where q.chain_name = chain order by q.row_id limit max_rows)
        and exists (select 1 from audit_chain_link l
                    where l.chain_name = chain and l.row_id = p.row_id);
    -- The oldest waiting ids first, by the queue's index, and only their rows read: the
    -- queue may be long after a stop, and a join before the limit would read all of it. An
    -- id whose row is gone (deleted behind the service's back before it was linked) stays in
    -- the queue as evidence, for the verification to name, and is passed over here.
    for waiting in execute format('select w.row_id, to_jsonb(t) as content'
            || ' from (select p.row_id from audit_chain_pending p where p.chain_name = $1'
            || '       and exists (select 1 from %I r where r.id = p.row_id)'
            || '       order by p.row_id limit $2) w'
            || ' join %I t on t.id = w.row_id order by w.row_id', chain, chain)
            using chain, max_rows loop
        position := position + 1;
        row_ids := row_ids || waiting.row_id;
        previous_hashes := previous_hashes || previous;
        previous := audit_chain_hash(previous::char(64),
            audit_chain_content(waiting.content, position, previous::char(64)));
        row_hashes := row_hashes || previous;
    end loop;
    if cardinality(row_ids) = 0 then
        return 0;
    end if;
    insert into audit_chain_link (chain_name, chain_position, row_id, previous_hash, row_hash)
        select chain, head.last_position + link.place, link.row_id, link.previous_hash,
               link.row_hash
        from unnest(row_ids, previous_hashes, row_hashes) with ordinality
            as link (row_id, previous_hash, row_hash, place);
    delete from audit_chain_pending where chain_name = chain and row_id = any (row_ids);
    update audit_chain set last_position = position, last_hash = previous
        where chain_name = chain;
    return cardinality(row_ids);
end
$$;

drop function audit_chain_rows(varchar);

-- Every link of a chain in chain order with the hash its row's content gives now (null when
-- the row is gone), then every row of the table that is neither linked nor waiting to be
-- (chain_position null): a verifier compares the hashes and follows the links.
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
        'select l.row_id, l.chain_position, l.previous_hash, l.row_hash,'
        || ' audit_chain_hash(l.previous_hash,'
        || '   audit_chain_content(to_jsonb(t), l.chain_position, l.previous_hash))'
        || ' from audit_chain_link l left join %I t on t.id = l.row_id'
        || ' where l.chain_name = $1 order by l.chain_position', chain) using chain;
    return query execute format(
        'select t.id::bigint, null::bigint, null::char(64), null::char(64), null::char(64)'
        || ' from %I t where not exists (select 1 from audit_chain_link l'
        || '   where l.chain_name = $1 and l.row_id = t.id)'
        || ' and not exists (select 1 from audit_chain_pending p'
        || '   where p.chain_name = $1 and p.row_id = t.id)'
        || ' order by t.id', chain) using chain;
end
$$;

-- The ids waiting to be linked whose rows are gone: deleted behind the service's back before
-- the sealer reached them.
create function audit_chain_gone_while_waiting(chain varchar) returns setof bigint
    language plpgsql stable
as $$
begin
    return query execute format('select p.row_id from audit_chain_pending p'
        || ' where p.chain_name = $1 and not exists (select 1 from %I t where t.id = p.row_id)'
        || ' order by p.row_id', chain) using chain;
end
$$;

create trigger audit_chain_link_append_only before update or delete on audit_chain_link
    for each row execute function audit_chain_refuse();
create trigger audit_chain_link_no_truncate before truncate on audit_chain_link
    for each statement execute function audit_chain_refuse();

-- Move the links each chained table holds into audit_chain_link, drop them from the table,
-- and let its inserts wait for the sealer instead of linking themselves.
do $$
declare
    chain varchar;
begin
    for chain in select chain_name from audit_chain order by chain_name loop
        execute format('insert into audit_chain_link'
            || ' (chain_name, chain_position, row_id, previous_hash, row_hash)'
            || ' select %L, chain_position, id, previous_hash, row_hash from %I', chain, chain);
        execute format('drop trigger %I on %I', chain || '_chain_append', chain);
        execute format('alter table %I drop column chain_position, drop column previous_hash,'
            || ' drop column row_hash', chain);
        execute format('create trigger %I after insert on %I for each row'
            || ' execute function audit_chain_enqueue()', chain || '_chain_enqueue', chain);
    end loop;
end
$$;

drop function audit_chain_append();

-- Puts a table with a bigint id under a chain: its rows already there wait to be sealed, in
-- id order, like every row added later; the table may then only grow. One call per table,
-- in a migration:   select audit_chain_attach('some_table');
create or replace function audit_chain_attach(chain varchar) returns void
    language plpgsql
as $$
begin
    insert into audit_chain (chain_name, last_position, last_hash)
        values (chain, 0, repeat('0', 64));
    execute format('insert into audit_chain_pending (chain_name, row_id)'
        || ' select %L, id from %I', chain, chain);
    execute format('create trigger %I after insert on %I for each row'
        || ' execute function audit_chain_enqueue()', chain || '_chain_enqueue', chain);
    execute format('create trigger %I before update or delete on %I for each row'
        || ' execute function audit_chain_refuse()', chain || '_append_only', chain);
    execute format('create trigger %I before truncate on %I for each statement'
        || ' execute function audit_chain_refuse()', chain || '_no_truncate', chain);
end
$$;
