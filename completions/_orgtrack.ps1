
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'orgtrack' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'orgtrack'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'orgtrack' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new state file holding an empty org')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or change the org itself')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'List, get, set, reset, describe, export, import and diff org settings')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Read tracking tokens in email subjects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users, each with a mailbox')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Queues, each with an owner and a mailbox')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Dynamics records that email resolves to and activities are regarding')
            [CompletionResult]::new('mailbox', 'mailbox', [CompletionResultType]::ParameterValue, 'Mailboxes: methods, approval, Test & Enable, enabled')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Users allowed to act in a mailbox')
            [CompletionResult]::new('folder', 'folder', [CompletionResultType]::ParameterValue, 'Exchange folders of a mailbox')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Mailbox and org alerts')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Named real environments for --env')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;init' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization name')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Organization version (four numbers); decides which settings apply and their defaults')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Start of the simulated clock [default: now, to the minute]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing state file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;org' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;org;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;org;set-version' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;org;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;org;help;show' {
            break
        }
        'orgtrack;org;help;set-version' {
            break
        }
        'orgtrack;org;help;help' {
            break
        }
        'orgtrack;settings' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting, including each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file: every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with an exported settings file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;settings;list' {
            [CompletionResult]::new('--area', '--area', [CompletionResultType]::ParameterName, 'Only one area (email, sync, calendar, alerts, queues, ui, integration, security, performance, data, platform)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only names or descriptions containing TEXT (any case)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include settings that do not apply to this org''s version')
            [CompletionResult]::new('--changed', '--changed', [CompletionResultType]::ParameterName, 'Only settings whose value differs from the default')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;get' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;set' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Set it even when it does not apply to this org''s version')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;describe' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;import' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change without changing it')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also set settings that do not apply to this org''s version')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;diff' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when they differ')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting, including each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file: every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with an exported settings file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;settings;help;list' {
            break
        }
        'orgtrack;settings;help;get' {
            break
        }
        'orgtrack;settings;help;set' {
            break
        }
        'orgtrack;settings;help;reset' {
            break
        }
        'orgtrack;settings;help;describe' {
            break
        }
        'orgtrack;settings;help;export' {
            break
        }
        'orgtrack;settings;help;import' {
            break
        }
        'orgtrack;settings;help;diff' {
            break
        }
        'orgtrack;settings;help;help' {
            break
        }
        'orgtrack;token' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;token;parse' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'orgtrack;token;help' {
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;token;help;parse' {
            break
        }
        'orgtrack;token;help;help' {
            break
        }
        'orgtrack;user' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The user''s primary email address (unique across users and queues)')
            [CompletionResult]::new('--track-email', '--track-email', [CompletionResultType]::ParameterName, 'Which incoming email is tracked automatically')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;user;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;user;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;user;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--track-email', '--track-email', [CompletionResultType]::ParameterName, 'track-email')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;user;help;add' {
            break
        }
        'orgtrack;user;help;list' {
            break
        }
        'orgtrack;user;help;show' {
            break
        }
        'orgtrack;user;help;set' {
            break
        }
        'orgtrack;user;help;help' {
            break
        }
        'orgtrack;queue' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;queue;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The queue''s email address (unique across users and queues)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning user: id, email address or name')
            [CompletionResult]::new('--convert-email', '--convert-email', [CompletionResultType]::ParameterName, 'Which incoming email becomes activities (not none: a queue converts some)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;queue;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;queue;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;queue;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The new owning user: id, email address or name')
            [CompletionResult]::new('--convert-email', '--convert-email', [CompletionResultType]::ParameterName, 'convert-email')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;queue;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;queue;help;add' {
            break
        }
        'orgtrack;queue;help;list' {
            break
        }
        'orgtrack;queue;help;show' {
            break
        }
        'orgtrack;queue;help;set' {
            break
        }
        'orgtrack;queue;help;help' {
            break
        }
        'orgtrack;record' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The address email from or to it resolves to')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'The owning user: id, email address or name')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;record;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only records of this kind')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;record;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;record;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;record;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;record;help;add' {
            break
        }
        'orgtrack;record;help;list' {
            break
        }
        'orgtrack;record;help;show' {
            break
        }
        'orgtrack;record;help;delete' {
            break
        }
        'orgtrack;record;help;help' {
            break
        }
        'orgtrack;mailbox' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mailbox;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only mailboxes with a direction (incoming, outgoing or ACT) in this status')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;set' {
            [CompletionResult]::new('--incoming', '--incoming', [CompletionResultType]::ParameterName, 'How incoming email is delivered')
            [CompletionResult]::new('--outgoing', '--outgoing', [CompletionResultType]::ParameterName, 'How outgoing email is sent (a forward mailbox sends none)')
            [CompletionResult]::new('--act', '--act', [CompletionResultType]::ParameterName, 'How appointments, contacts and tasks are synchronized (a queue''s: none)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;approve' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;test-enable' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every mailbox')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;disable' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;enable' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;mailbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;mailbox;help;list' {
            break
        }
        'orgtrack;mailbox;help;show' {
            break
        }
        'orgtrack;mailbox;help;set' {
            break
        }
        'orgtrack;mailbox;help;approve' {
            break
        }
        'orgtrack;mailbox;help;test-enable' {
            break
        }
        'orgtrack;mailbox;help;disable' {
            break
        }
        'orgtrack;mailbox;help;enable' {
            break
        }
        'orgtrack;mailbox;help;help' {
            break
        }
        'orgtrack;delegate' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;delegate;add' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'permission')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;delegate;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;delegate;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;delegate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;delegate;help;add' {
            break
        }
        'orgtrack;delegate;help;list' {
            break
        }
        'orgtrack;delegate;help;remove' {
            break
        }
        'orgtrack;delegate;help;help' {
            break
        }
        'orgtrack;folder' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;folder;add' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;folder;rename' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;folder;move' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;folder;delete' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Also delete its subfolders')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;folder;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;folder;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;folder;help;add' {
            break
        }
        'orgtrack;folder;help;rename' {
            break
        }
        'orgtrack;folder;help;move' {
            break
        }
        'orgtrack;folder;help;delete' {
            break
        }
        'orgtrack;folder;help;list' {
            break
        }
        'orgtrack;folder;help;help' {
            break
        }
        'orgtrack;alerts' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;alerts;list' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Only alerts about this mailbox')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'level')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only alerts last raised at or after TIME')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N alerts')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;alerts;show' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;alerts;clear' {
            [CompletionResult]::new('--mailbox', '--mailbox', [CompletionResultType]::ParameterName, 'Only alerts about this mailbox')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only alerts last raised before TIME')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;alerts;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;alerts;help;list' {
            break
        }
        'orgtrack;alerts;help;show' {
            break
        }
        'orgtrack;alerts;help;clear' {
            break
        }
        'orgtrack;alerts;help;help' {
            break
        }
        'orgtrack;env' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;env;add' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an environment of the same name')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;env;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;env;remove' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;env;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;env;help;add' {
            break
        }
        'orgtrack;env;help;list' {
            break
        }
        'orgtrack;env;help;remove' {
            break
        }
        'orgtrack;env;help;help' {
            break
        }
        'orgtrack;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one; the address is printed)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File holding the bearer token clients must send [default: a random token, printed on stderr]')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'PEM certificate chain: serve HTTPS (with --tls-key)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'PEM private key of --tls-cert')
            [CompletionResult]::new('--max-page-size', '--max-page-size', [CompletionResultType]::ParameterName, 'Most rows in one page of a collection; more come through @odata.nextLink')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;completions' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;man' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Work on a real environment (a URL or a name from `orgtrack env list`) instead of the state file: settings, mailbox list|show, alerts list. Credentials come from ORGTRACK_TOKEN, or ORGTRACK_TENANT_ID, ORGTRACK_CLIENT_ID and ORGTRACK_CLIENT_SECRET')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for --env')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new state file holding an empty org')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Show or change the org itself')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'List, get, set, reset, describe, export, import and diff org settings')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Read tracking tokens in email subjects')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Users, each with a mailbox')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'Queues, each with an owner and a mailbox')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Dynamics records that email resolves to and activities are regarding')
            [CompletionResult]::new('mailbox', 'mailbox', [CompletionResultType]::ParameterValue, 'Mailboxes: methods, approval, Test & Enable, enabled')
            [CompletionResult]::new('delegate', 'delegate', [CompletionResultType]::ParameterValue, 'Users allowed to act in a mailbox')
            [CompletionResult]::new('folder', 'folder', [CompletionResultType]::ParameterValue, 'Exchange folders of a mailbox')
            [CompletionResult]::new('alerts', 'alerts', [CompletionResultType]::ParameterValue, 'Mailbox and org alerts')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Named real environments for --env')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the state through the Dataverse Web API (/api/data/v9.2/) for any Dataverse client')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;help;init' {
            break
        }
        'orgtrack;help;org' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Name, version, clock, cycle interval and counts')
            [CompletionResult]::new('set-version', 'set-version', [CompletionResultType]::ParameterValue, 'Change the org version (settings defaults and applicability follow it)')
            break
        }
        'orgtrack;help;org;show' {
            break
        }
        'orgtrack;help;org;set-version' {
            break
        }
        'orgtrack;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Settings that apply to this org''s version, with value, default, type and range')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (type and range checked)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Put settings back to their defaults')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Everything the catalog knows about a setting, including each version range')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the explicitly set values as TOML (default), JSON or the <OrgSettings> XML blob')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a TOML, JSON or XML settings file: every entry or none')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare this org with an exported settings file')
            break
        }
        'orgtrack;help;settings;list' {
            break
        }
        'orgtrack;help;settings;get' {
            break
        }
        'orgtrack;help;settings;set' {
            break
        }
        'orgtrack;help;settings;reset' {
            break
        }
        'orgtrack;help;settings;describe' {
            break
        }
        'orgtrack;help;settings;export' {
            break
        }
        'orgtrack;help;settings;import' {
            break
        }
        'orgtrack;help;settings;diff' {
            break
        }
        'orgtrack;help;token' {
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Find the tracking token at the end of a subject and show its parts')
            break
        }
        'orgtrack;help;token;parse' {
            break
        }
        'orgtrack;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user; its mailbox is created with it (approval pending, not yet tested)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every user')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One user, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a user (and so its mailbox) or change what it tracks')
            break
        }
        'orgtrack;help;user;add' {
            break
        }
        'orgtrack;help;user;list' {
            break
        }
        'orgtrack;help;user;show' {
            break
        }
        'orgtrack;help;user;set' {
            break
        }
        'orgtrack;help;queue' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a queue owned by a user; its mailbox is created with it (no ACT synchronization)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every queue')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One queue, by id, email address or name')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Rename a queue (and so its mailbox), change its owner or what it converts')
            break
        }
        'orgtrack;help;queue;add' {
            break
        }
        'orgtrack;help;queue;list' {
            break
        }
        'orgtrack;help;queue;show' {
            break
        }
        'orgtrack;help;queue;set' {
            break
        }
        'orgtrack;help;record' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a record and print its id')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Records, by kind and name')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One record, by id, name or email address')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a record')
            break
        }
        'orgtrack;help;record;add' {
            break
        }
        'orgtrack;help;record;list' {
            break
        }
        'orgtrack;help;record;show' {
            break
        }
        'orgtrack;help;record;delete' {
            break
        }
        'orgtrack;help;mailbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every mailbox, with methods, approval and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every field of one mailbox, with its delegates, categories and folders')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change delivery methods; a changed direction must be tested again')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve the email address of mailboxes')
            [CompletionResult]::new('test-enable', 'test-enable', [CompletionResultType]::ParameterValue, 'Test & Enable: test each server-side direction and record its status and alerts')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop sync cycles from processing mailboxes')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Let sync cycles process mailboxes again (tested directions only)')
            break
        }
        'orgtrack;help;mailbox;list' {
            break
        }
        'orgtrack;help;mailbox;show' {
            break
        }
        'orgtrack;help;mailbox;set' {
            break
        }
        'orgtrack;help;mailbox;approve' {
            break
        }
        'orgtrack;help;mailbox;test-enable' {
            break
        }
        'orgtrack;help;mailbox;disable' {
            break
        }
        'orgtrack;help;mailbox;enable' {
            break
        }
        'orgtrack;help;delegate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a user act in a mailbox (again: change the permission)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The delegates of a mailbox')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take a user''s delegation away')
            break
        }
        'orgtrack;help;delegate;add' {
            break
        }
        'orgtrack;help;delegate;list' {
            break
        }
        'orgtrack;help;delegate;remove' {
            break
        }
        'orgtrack;help;folder' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one folder; its parent must exist (PATH like Inbox/Contoso)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a folder (not a well-known one)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a folder under another one ("/" for the top of the mailbox)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a folder (not a well-known one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The folder tree of a mailbox')
            break
        }
        'orgtrack;help;folder;add' {
            break
        }
        'orgtrack;help;folder;rename' {
            break
        }
        'orgtrack;help;folder;move' {
            break
        }
        'orgtrack;help;folder;delete' {
            break
        }
        'orgtrack;help;folder;list' {
            break
        }
        'orgtrack;help;alerts' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Alerts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One alert')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete alerts and print how many')
            break
        }
        'orgtrack;help;alerts;list' {
            break
        }
        'orgtrack;help;alerts;show' {
            break
        }
        'orgtrack;help;alerts;clear' {
            break
        }
        'orgtrack;help;env' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Name an environment URL, for `--env NAME`')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The named environments')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a named environment')
            break
        }
        'orgtrack;help;env;add' {
            break
        }
        'orgtrack;help;env;list' {
            break
        }
        'orgtrack;help;env;remove' {
            break
        }
        'orgtrack;help;serve' {
            break
        }
        'orgtrack;help;completions' {
            break
        }
        'orgtrack;help;man' {
            break
        }
        'orgtrack;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
