using GraphQL.Types;
using Voisinage.Geo;
using Voisinage.Grains.Alerts;

namespace Voisinage.WebApi.GraphQL.Types;

public sealed class AlertKindType : EnumerationGraphType<AlertKind>
{
    public AlertKindType()
    {
        Name = "AlertKind";
        Description = "What an alert is about.";
    }
}

/// <summary>An alert as a neighbourhood received it. Never shows where the raiser lives.</summary>
public sealed class AlertType : ObjectGraphType<Alert>
{
    public AlertType()
    {
        Name = "Alert";
        Description = "An alert as one neighbourhood received it: sequence numbers are per neighbourhood and strictly increasing.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The alert's id, the same in every neighbourhood it reached.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId").Resolve(c => c.Source.NeighbourhoodId);
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Its number in this neighbourhood; pass the last one you got as `since` to catch up.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<AlertKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<IntGraphType>>("radiusMeters").Resolve(c => c.Source.RadiusMeters);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Resolve(c => c.Source.RaisedAt);
        Field<NonNullGraphType<BooleanGraphType>>("resolved").Resolve(c => c.Source.Resolved);
        Field<DateTimeOffsetGraphType>("resolvedAt").Resolve(c => c.Source.ResolvedAt);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Description("Hidden after reports by several members; hidden alerts leave listings and replays.").Resolve(c => c.Source.Hidden);
        Field<NonNullGraphType<IdGraphType>>("originNeighbourhoodId").Description("The raiser's neighbourhood.").Resolve(c => c.Source.OriginNeighbourhoodId);
        Field<NonNullGraphType<AlertRaiserType>>("raiser").Resolve(c => c.Source);
        Field<AlertPlaceType>("place")
            .Description("Where it happens, when the raiser said: a block-sized H3 cell (res 9, about 0.1 km²) and its centre, never a precise point.")
            .Resolve(c => c.Source.PlaceCell is { } cell ? H3Index.Parse(cell) : null);
        Field<NonNullGraphType<LongGraphType>>("updateSequence").Description("On `alertUpdated`: the number of this change in the neighbourhood (pass the last one you got as its `since`); 0 elsewhere.").Resolve(c => c.Source.UpdateSequence);
    }
}

/// <summary>An alert's place: a coarse cell and its centre.</summary>
public sealed class AlertPlaceType : ObjectGraphType<H3Index>
{
    public AlertPlaceType()
    {
        Name = "AlertPlace";
        Field<NonNullGraphType<StringGraphType>>("cell").Description("The H3 cell (resolution 9).").Resolve(c => c.Source.ToString());
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude of the cell's centre.").Resolve(c => H3.CellToLatLng(c.Source).Lat);
        Field<NonNullGraphType<FloatGraphType>>("lng").Description("Longitude of the cell's centre.").Resolve(c => H3.CellToLatLng(c.Source).Lng);
    }
}

/// <summary>A point a client sends: where an alert happens.</summary>
public sealed class AlertPlaceInputType : InputObjectGraphType<AlertPoint>
{
    public AlertPlaceInputType()
    {
        Name = "AlertPlaceInput";
        Description = "A point on the map, in degrees; the server keeps only its block-sized cell.";
        Field<NonNullGraphType<FloatGraphType>>("lat");
        Field<NonNullGraphType<FloatGraphType>>("lng");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AlertPoint(Convert.ToDouble(value["lat"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(value["lng"], System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class AlertRaiserType : ObjectGraphType<Alert>
{
    public AlertRaiserType()
    {
        Name = "AlertRaiser";
        Description = "Who raised an alert: their pseudo, never their home.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.RaiserId);
        Field<NonNullGraphType<StringGraphType>>("pseudo").Resolve(c => c.Source.RaiserPseudo);
    }
}

public sealed class AlertPageType : ObjectGraphType<AlertPage>
{
    public AlertPageType()
    {
        Name = "AlertPage";
        Description = "Alerts after a sequence number, oldest first. Continue from lastSequence while hasMore.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertType>>>>("alerts").Resolve(c => c.Source.Alerts);
        Field<NonNullGraphType<LongGraphType>>("lastSequence").Resolve(c => c.Source.LastSequence);
        Field<NonNullGraphType<BooleanGraphType>>("hasMore").Resolve(c => c.Source.HasMore);
        Field<NonNullGraphType<IdGraphType>>("neighbourhoodId")
            .Description("The neighbourhood whose numbering lastSequence is in: the one asked for, or after a merge the one it joined. Continue with this id.")
            .Resolve(c => c.Source.NeighbourhoodId);
    }
}

public sealed class ReportOutcomeType : ObjectGraphType<ReportOutcome>
{
    public ReportOutcomeType()
    {
        Name = "ReportPayload";
        Field<NonNullGraphType<IdGraphType>>("targetId").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<IntGraphType>>("reports").Description("Distinct members who reported it.").Resolve(c => c.Source.Reports);
        Field<NonNullGraphType<BooleanGraphType>>("hidden").Resolve(c => c.Source.Hidden);
    }
}
