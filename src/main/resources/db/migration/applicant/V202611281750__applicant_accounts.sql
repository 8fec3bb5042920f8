-- Applicant accounts (申请人账户) of the public portal: sign in by mobile phone and password. Local for now; a unified
-- identity provider (统一身份认证) can later stand behind the same ids (cases record the account id only).
CREATE TABLE applicant_account (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 11-digit mainland mobile number, without spaces, dashes or the +86 prefix
    phone            text        NOT NULL UNIQUE,
    display_name     text        NOT NULL,
    -- {bcrypt}…, the algorithm stored beside the hash
    password_hash    text        NOT NULL,
    created_at       timestamptz NOT NULL,
    failed_attempts  integer     NOT NULL DEFAULT 0,
    locked_until     timestamptz
);
