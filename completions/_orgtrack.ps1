
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
            [CompletionResult]::new('thread-index', 'thread-index', [CompletionResultType]::ParameterValue, 'Decode Outlook Thread-Index header values')
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
        'orgtrack;thread-index' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;thread-index;decode' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print data only: no notes or progress on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'orgtrack;thread-index;help' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'orgtrack;thread-index;help;decode' {
            break
        }
        'orgtrack;thread-index;help;help' {
            break
        }
        'orgtrack;completions' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: $XDG_DATA_HOME/orgtrack/state.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour in tables and messages (NO_COLOR is honoured under auto)')
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
            [CompletionResult]::new('thread-index', 'thread-index', [CompletionResultType]::ParameterValue, 'Decode Outlook Thread-Index header values')
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
        'orgtrack;help;thread-index' {
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode an Outlook Thread-Index header value: when the conversation started, its GUID and the time of each reply')
            break
        }
        'orgtrack;help;thread-index;decode' {
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
