using System.Globalization;
using Microsoft.Extensions.Options;
using Voisinage.Geo;
using Voisinage.Grains.Moderation;
using Voisinage.Grains.Neighbourhoods;
using Voisinage.Grains.RateLimits;
using Voisinage.Grains.Residents;

namespace Voisinage.Grains.Organisations;

/// <summary>
/// One organisation (see <see cref="IOrganisationGrain"/>). Every rule is checked before anything is written; each
/// change is appended to the organisation's log in the same write as the change itself.
/// </summary>
internal sealed partial class OrganisationGrain(
    [PersistentState("organisation", StorageNames.Voisinage)] IPersistentState<OrganisationState> state,
    IOptions<OrganisationOptions> options,
    TimeProvider clock) : Grain, IOrganisationGrain
{
    private string Id => this.GetPrimaryKeyString();

    private Organisation Current => state.State.Organisation ?? throw VoisinageException.NotFound("No such organisation.");

    public async Task<Organisation> Create(string creatorId, OrganisationDraft draft)
    {
        if (state.State.Organisation is { } existing)
        {
            // A retried creation by the same resident answers what it made; anyone else meets a taken id.
            return state.State.Members.Any(m => m.ResidentId == creatorId) ? existing : throw VoisinageException.Conflict("This organisation already exists.");
        }

        var valid = OrganisationRules.Validate(draft);
        (await GrainFactory.StandingOf(creatorId)).RequireVerified("Only verified residents can create an organisation.");
        await GrainFactory.GetGrain<IResidentQuotaGrain>(creatorId).Spend(QuotaKind.Organisation);

        var now = clock.GetUtcNow();
        var organisation = new Organisation(
            Id, valid.Kind, valid.Name, valid.Identifier, valid.Description ?? string.Empty, valid.Hours ?? string.Empty,
            valid.PublicAddress, OrganisationStatus.Pending, null, now)
        {
            Latitude = valid.Latitude,
            Longitude = valid.Longitude,
        };
        state.State = new OrganisationState
        {
            Organisation = organisation,
            Members = [new OrganisationMember(creatorId, OrganisationRole.Admin, now)],
            Log = [new OrganisationLogEntry(now, OrganisationLogAction.Created, creatorId, creatorId, valid.Kind.ToString())],
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).Set(Id, OrganisationStatus.Pending);
        return organisation;
    }

    public Task<Organisation?> Get() => Task.FromResult(state.State.Organisation);

    public async Task<Organisation> Decide(string operatorId, bool verify, string reason)
    {
        var organisation = Current;
        var why = TextRules.Text(reason, "reason", OrganisationRules.MaxReason, required: !verify);
        if (!(await GrainFactory.StandingOf(operatorId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only operators verify organisations.");
        }

        var status = verify ? OrganisationStatus.Verified : OrganisationStatus.Rejected;
        if (organisation.Status == status)
        {
            throw VoisinageException.Conflict($"This organisation is already {status.ToString().ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        var decided = organisation with { Status = status, Decision = why.Length > 0 ? why : null };
        var action = verify ? OrganisationLogAction.Verified : OrganisationLogAction.Rejected;
        state.State = state.State with { Organisation = decided, Log = [.. state.State.Log, new OrganisationLogEntry(now, action, operatorId, null, why)] };
        await state.WriteStateAsync();

        // Derived records: both appends and the directory update are idempotent, so a failure here is repaired by retrying.
        var entry = new ModerationEntry(
            $"organisation:{Id}:{state.State.Log.Count}", now,
            verify ? ModerationAction.OrganisationVerified : ModerationAction.OrganisationRejected,
            operatorId, null, Id, null, null, why, null);
        await GrainFactory.GetGrain<IModerationLogGrain>(ModerationLogs.Operators).Append(entry);
        await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).Set(Id, status);
        return decided;
    }

    public async Task<IReadOnlyList<OrganisationMember>> AddMember(string actorId, string residentId, OrganisationRole role)
    {
        var organisation = Current;
        if (!Enum.IsDefined(role))
        {
            throw VoisinageException.BadInput("Unknown organisation role.");
        }

        if (organisation.Orphaned)
        {
            // Nobody is left to act for it: an operator names its new admin.
            if (!(await GrainFactory.StandingOf(actorId)).IsOperator)
            {
                throw VoisinageException.Forbidden("This organisation has no member left: an operator names its new admin.");
            }

            if (role != OrganisationRole.Admin)
            {
                throw VoisinageException.BadInput("An organisation without members first gets an admin.");
            }
        }
        else
        {
            RequireAdmin(actorId);
        }

        var members = state.State.Members;
        var existing = members.Find(m => m.ResidentId == residentId);
        if (existing?.Role == role)
        {
            return members;
        }

        if (existing is null)
        {
            if (members.Count >= OrganisationRules.MaxMembers)
            {
                throw VoisinageException.Conflict($"An organisation has at most {OrganisationRules.MaxMembers} members.");
            }

            var standing = ResidentIds.IsWellFormed(residentId) ? await GrainFactory.StandingOf(residentId) : Standing.None;
            if (standing.Profile is null)
            {
                throw VoisinageException.NotFound("No such resident.");
            }

            standing.RequireVerified("Only verified residents can be members of an organisation.");
        }
        else
        {
            RequireAnotherAdmin(residentId, "The last admin stays an admin: name another admin first.");
        }

        var now = clock.GetUtcNow();
        var entry = new OrganisationLogEntry(now, existing is null ? OrganisationLogAction.MemberAdded : OrganisationLogAction.RoleChanged, actorId, residentId, role.ToString());
        var member = new OrganisationMember(residentId, role, existing?.Since ?? now);
        state.State = state.State with
        {
            Organisation = organisation with { Orphaned = false },
            Members = [.. members.Where(m => m.ResidentId != residentId), member],
            Log = [.. state.State.Log, entry],
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IResidentOrganisationsGrain>(residentId).Joined(Id);
        if (organisation.Orphaned)
        {
            await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).SetOrphaned(Id, false);
        }

        return state.State.Members;
    }

    public async Task RemoveDeletedMember(string residentId)
    {
        if (state.State.Organisation is not { } organisation)
        {
            return;
        }

        var member = state.State.Members.Find(m => m.ResidentId == residentId);
        var named = state.State.Log.Exists(e => e.ActorId == residentId || e.ResidentId == residentId);
        if (member is not null || named)
        {
            const string deleted = ModerationEntry.DeletedAccount;
            var now = clock.GetUtcNow();
            var members = state.State.Members.Where(m => m.ResidentId != residentId).ToList();
            var log = state.State.Log.Select(e => e with
            {
                ActorId = e.ActorId == residentId ? deleted : e.ActorId,
                ResidentId = e.ResidentId == residentId ? deleted : e.ResidentId,
            }).ToList();
            if (member is not null)
            {
                log.Add(new OrganisationLogEntry(now, OrganisationLogAction.MemberDeleted, deleted, deleted, member.Role.ToString()));
                if (members.Count == 0)
                {
                    organisation = organisation with { Orphaned = true };
                    log.Add(new OrganisationLogEntry(now, OrganisationLogAction.Orphaned, deleted, null, string.Empty));
                }
                else if (!members.Exists(m => m.Role == OrganisationRole.Admin))
                {
                    // The policy (docs/organisations.md): the longest-standing editor carries on, so the page never stalls.
                    var successor = members.Where(m => m.Role == OrganisationRole.Editor).OrderBy(m => m.Since).ThenBy(m => m.ResidentId, StringComparer.Ordinal).First();
                    members = [.. members.Select(m => m == successor ? m with { Role = OrganisationRole.Admin } : m)];
                    log.Add(new OrganisationLogEntry(now, OrganisationLogAction.AdminSucceeded, deleted, successor.ResidentId, OrganisationRole.Admin.ToString()));
                }
            }

            state.State = state.State with { Organisation = organisation, Members = members, Log = log };
            await state.WriteStateAsync();
        }

        // Also on a retry: the directory entry is derived from the state just written.
        if (organisation.Orphaned)
        {
            await GrainFactory.GetGrain<IOrganisationDirectoryGrain>(0).SetOrphaned(Id, true);
        }
    }

    public async Task<IReadOnlyList<OrganisationMember>> RemoveMember(string actorId, string residentId)
    {
        _ = Current;
        if (actorId != residentId)
        {
            RequireAdmin(actorId);
        }

        if (!state.State.Members.Any(m => m.ResidentId == residentId))
        {
            throw VoisinageException.NotFound("This resident is not a member of the organisation.");
        }

        RequireAnotherAdmin(residentId, "The last admin cannot leave: name another admin first.");
        var entry = new OrganisationLogEntry(clock.GetUtcNow(), OrganisationLogAction.MemberRemoved, actorId, residentId, string.Empty);
        state.State = state.State with
        {
            Members = [.. state.State.Members.Where(m => m.ResidentId != residentId)],
            Log = [.. state.State.Log, entry],
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IResidentOrganisationsGrain>(residentId).Left(Id);
        return state.State.Members;
    }

    public async Task<Organisation> SetArea(string actorId, string geoJson)
    {
        var organisation = Current;
        RequireAdmin(actorId);
        if (organisation.Kind is not (OrganisationKind.Commune or OrganisationKind.PublicAgency))
        {
            throw VoisinageException.BadInput("Only a town hall or a public agency serves a drawn area.");
        }

        var (compacted, count) = OrganisationAreaRules.Fill(geoJson, options.Value);
        var entry = new OrganisationLogEntry(clock.GetUtcNow(), OrganisationLogAction.AreaSet, actorId, null, count.ToString(CultureInfo.InvariantCulture));
        return await SaveArea(organisation with { AreaCellCount = count }, compacted, entry);
    }

    public async Task<Organisation> SetReach(string actorId, ReachRequest request)
    {
        var organisation = Current;
        RequireAdmin(actorId);
        var premises = OrganisationReachRules.Premises(organisation.Kind, request.Latitude, request.Longitude) ?? PremisesOf(organisation);
        OrganisationReachRules.Check(organisation, request, premises, options.Value.MaxReachMeters);

        List<H3Index> cells;
        OrganisationReach reach;
        string detail;
        if (request.RadiusMeters is { } radius)
        {
            cells = OrganisationReachRules.Disk(premises!.Value, radius);
            reach = new OrganisationReach([], radius);
            detail = $"{radius} m";
        }
        else
        {
            var ids = request.NeighbourhoodIds.Distinct().ToList();
            ids.ForEach(id => Cells.ParseBlock(id));
            var candidates = (await Candidates(organisation, premises)).ToDictionary(c => c.Id);
            var chosen = new List<NeighbourhoodSummary>();
            foreach (var id in ids)
            {
                var summary = await NeighbourhoodLookup.Summary(GrainFactory, id) ?? throw VoisinageException.NotFound("No such neighbourhood.");
                if (!candidates.ContainsKey(summary.Id))
                {
                    throw VoisinageException.BadInput($"The neighbourhood {summary.Name} is not among those this organisation may reach (its members' and those within {options.Value.MaxReachMeters} m).");
                }

                chosen.Add(summary);
            }

            cells = [.. chosen.SelectMany(n => n.Cells).Distinct().Select(H3Index.Parse)];
            reach = new OrganisationReach([.. chosen.Select(n => n.Id).Distinct()], null);
            detail = string.Join(' ', reach.NeighbourhoodIds);
        }

        var count = OrganisationReachRules.HomeCellCount(cells);
        var compacted = H3.CompactCells(cells);
        var entry = new OrganisationLogEntry(clock.GetUtcNow(), OrganisationLogAction.ReachSet, actorId, null, $"{detail}; {count.ToString(CultureInfo.InvariantCulture)}");
        var updated = organisation with { Reach = reach, AreaCellCount = count, Latitude = premises?.Lat, Longitude = premises?.Lng };
        return await SaveArea(updated, compacted, entry);
    }

    public async Task<IReadOnlyList<ReachCandidate>> ReachCandidates(string actorId)
    {
        var organisation = Current;
        RequireAdmin(actorId);
        return organisation.Kind is OrganisationKind.Association or OrganisationKind.Business
            ? [.. (await Candidates(organisation, PremisesOf(organisation))).Select(n => new ReachCandidate(n.Id, n.Name, n.MemberCount))]
            : [];
    }

    public Task<IReadOnlyList<string>> GetAreaCells() => Task.FromResult<IReadOnlyList<string>>(state.State.AreaCells);

    /// <summary>
    /// Saves an area (drawn or reach) with its log entry, then writes it into the index shards. The index is derived
    /// from the state just written: every Set is idempotent, so setting the area again repairs a failure.
    /// </summary>
    private async Task<Organisation> SaveArea(Organisation updated, IReadOnlyList<H3Index> compacted, OrganisationLogEntry entry)
    {
        var shards = OrganisationAreaRules.ByShard(compacted);
        var previous = state.State.AreaShards;
        state.State = state.State with
        {
            Organisation = updated,
            AreaCells = [.. compacted.Select(c => c.ToString())],
            AreaShards = [.. shards.Keys],
            Log = [.. state.State.Log, entry],
        };
        await state.WriteStateAsync();
        await Task.WhenAll(shards.Select(s => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(s.Key).Set(Id, s.Value))
            .Concat(previous.Except(shards.Keys).Select(s => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(s).Set(Id, []))));
        if (updated.Kind is OrganisationKind.Commune or OrganisationKind.PublicAgency)
        {
            // Residents' lists read the logs of the announcing organisations of their shard: a redrawn area shows the
            // announcements already published to the residents now inside it, in every shard it reaches.
            await Task.WhenAll(shards.Keys.Select(s => GrainFactory.GetGrain<IOrganisationAreaIndexGrain>(s).Announced(Id)));
        }

        return state.State.Organisation!;
    }

    private static LatLng? PremisesOf(Organisation organisation) =>
        organisation is { Latitude: { } lat, Longitude: { } lng } ? new LatLng(lat, lng) : null;

    /// <summary>
    /// The neighbourhoods this organisation may reach: its members' own, and every neighbourhood owning a block within
    /// the reach cap of a business's premises or of a member's neighbourhood (its founding block's centre, never a home).
    /// </summary>
    private async Task<List<NeighbourhoodSummary>> Candidates(Organisation organisation, LatLng? premises)
    {
        var standings = await Task.WhenAll(state.State.Members.Select(m => GrainFactory.StandingOf(m.ResidentId)));
        var own = standings.Select(s => s.NeighbourhoodId).OfType<string>().Distinct().ToList();
        var anchors = own.Select(id => (Block: H3Index.Parse(id), Point: H3.CellToLatLng(H3Index.Parse(id)))).ToList();
        if (premises is { } point)
        {
            anchors.Add((H3.CellToParent(H3.LatLngToCell(point, Cells.HomeResolution), Cells.BlockResolution), point));
        }

        var blocks = anchors.SelectMany(a => Cells.BlocksWithin(a.Block, a.Point, options.Value.MaxReachMeters).Keys).ToHashSet();
        var owners = await Cells.OwnersOf(GrainFactory, blocks);
        var summaries = await Task.WhenAll(own.Concat(owners.Values).Distinct().Select(id => NeighbourhoodLookup.Summary(GrainFactory, id)));
        return [.. summaries.OfType<NeighbourhoodSummary>().DistinctBy(n => n.Id).OrderBy(n => n.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<OrganisationMember>> GetMembers(string viewerId)
    {
        _ = Current;
        if (RoleOfMember(viewerId) is null && !(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only the organisation's members and operators see its members.");
        }

        return state.State.Members;
    }

    public async Task<IReadOnlyList<OrganisationLogEntry>> GetLog(string viewerId)
    {
        _ = Current;
        if (RoleOfMember(viewerId) != OrganisationRole.Admin && !(await GrainFactory.StandingOf(viewerId)).IsOperator)
        {
            throw VoisinageException.Forbidden("Only the organisation's admins and operators read its log.");
        }

        return state.State.Log;
    }

    public Task<OrganisationRole?> RoleOf(string residentId) => Task.FromResult(RoleOfMember(residentId));

    private OrganisationRole? RoleOfMember(string residentId) => state.State.Members.Find(m => m.ResidentId == residentId)?.Role;

    private void RequireAdmin(string actorId)
    {
        if (RoleOfMember(actorId) != OrganisationRole.Admin)
        {
            throw VoisinageException.Forbidden("Only an admin of the organisation manages its members.");
        }
    }

    /// <summary>Refuses a change that would leave no admin, when <paramref name="residentId"/> is the only one.</summary>
    private void RequireAnotherAdmin(string residentId, string refusal)
    {
        var admins = state.State.Members.Where(m => m.Role == OrganisationRole.Admin).Select(m => m.ResidentId).ToList();
        if (admins is [var only] && only == residentId)
        {
            throw VoisinageException.Conflict(refusal);
        }
    }
}
