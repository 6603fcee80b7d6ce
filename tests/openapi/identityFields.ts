/**
 * Every Identity field named in the research notes (loginradius-api.md §5.3), as data.
 * `A.B` is a nested property, `A[].B` a property of A's array items.
 */
export const USER_PROFILE_FIELDS = [
  'ConsentProfile', 'CustomFields', 'EmailVerified', 'ExternalIds[].Source', 'ExternalIds[].SourceId',
  'ExternalUserLoginId', 'IsActive', 'IsCustomUid', 'IsDeleted', 'IsEmailSubscribed', 'IsLoginLocked',
  'IsRequiredFieldsFilledOnce', 'IsSecurePassword', 'LastLoginLocation', 'LastPasswordChangeDate',
  'LastPasswordChangeToken', 'LoginLockedType', 'NoOfLogins', 'Organizations[].Id', 'Password',
  'PasswordExpirationDate', 'PhoneId', 'PhoneIdVerified', 'PIN.LastPINChangeDate', 'PIN.LastPINChangeToken',
  'PIN.PIN', 'PIN.Skipped', 'PIN.SkippedDate', 'PrivacyPolicy.AcceptDateTime', 'PrivacyPolicy.AcceptSource',
  'PrivacyPolicy.Version', 'RegistrationData.Data[].DataSource', 'RegistrationData.Data[].Value.Id',
  'RegistrationProvider', 'RegistrationSource', 'Roles', 'Uid', 'UnverifiedEmail[].Type', 'UnverifiedEmail[].Value',
  'UserName', 'IsPasswordBreached', 'Identities',
] as const;

const ADDRESS = ['Address1', 'Address2', 'City', 'Country', 'PostalCode', 'Region', 'State', 'Type'];
const ID_NAME = ['Id', 'Name'];
const CATEGORIZED = ['Category', 'CreatedDate', 'Id', 'Name'];
const nested = (parent: string, children: readonly string[]) => children.map((c) => `${parent}.${c}`);
const items = (parent: string, children: readonly string[]) => children.map((c) => `${parent}[].${c}`);

export const SOCIAL_PROFILE_FIELDS = [
  'About', ...items('Addresses', ADDRESS), 'Age', 'AgeRange.Min', 'AgeRange.Max', 'Associations',
  ...items('Awards', ['Id', 'Issuer', 'Name']),
  ...items('Badges', ['BadgeId', 'BadgeMessage', 'BageId', 'BageMessage', 'Description', 'ImageUrl', 'Name']),
  'BirthDate', 'BoardsCount', ...items('Books', CATEGORIZED),
  ...items('Certifications', ['Authority', 'EndDate', 'Id', 'Name', 'Number', 'StartDate']),
  'City', 'Company', 'Country.Code', 'Country.Name', ...items('Courses', ['Id', 'Name', 'Number']), 'CoverPhoto',
  'Created', 'CreatedDate', 'Currency', ...items('CurrentStatus', ['CreatedDate', 'Id', 'Source', 'Text']),
  ...items('Educations', ['activities', 'degree', 'EndDate', 'fieldofstudy', 'notes', 'School', 'StartDate', 'type', 'year']),
  ...items('Email', ['Type', 'Value']), ...items('Family', ['Id', 'Name', 'Relationship']), 'Favicon',
  ...items('FavoriteThings', ['Id', 'Name', 'Type']), 'FirstLogin', 'FirstName', 'FollowersCount', 'FriendsCount',
  'FullName', ...items('Games', CATEGORIZED), 'Gender', 'GistsUrl', 'GravatarImageUrl', 'Hireable', 'HomeTown',
  'Honors', 'HttpsImageUrl', 'ID', ...items('IMAccounts', ['AccountName', 'AccountType']), 'ImageUrl', 'Industry',
  ...items('InspirationalPeople', ID_NAME), 'InterestedIn', ...items('Interests', ['InterestedName', 'InterestedType']),
  'IsGeoEnabled', 'IsProtected',
  ...items('JobBookmarks', ['ApplyTimestamp', 'IsApplied', 'IsSaved', 'SavedTimestamp', 'Job.Active', 'Job.Company.Id',
    'Job.Company.Name', 'Job.DescriptionSnippet', 'Job.Id', 'Job.Position.Title', 'Job.PostingTimestamp']),
  'KloutScore.KloutId', 'KloutScore.Score', 'Language', ...items('Languages', ['Id', 'Name', 'Proficiency']),
  'LastLoginDate', 'LastName', 'LikesCount', 'LocalCity', 'LocalCountry', 'LocalLanguage', 'LRUserID', 'MainAddress',
  ...items('MemberUrlResources', ['Url', 'UrlName']), 'MiddleName', 'ModifiedDate', ...items('Movies', CATEGORIZED),
  ...items('MutualFriends', ['Birthday', 'FirstName', 'Gender', 'Hometown', 'Id', 'LastName', 'Link', 'Name']),
  'NickName', 'NumRecommenders', ...items('Patents', ['Date', 'Id', 'Title']),
  ...items('PhoneNumbers', ['PhoneNumber', 'PhoneType']), 'PinsCount', ...items('PlacesLived', ['IsPrimary', 'Name']),
  'Political',
  ...items('Positions', ['Company.Industry', 'Company.Name', 'Company.Type', 'EndDate', 'IsCurrent', 'Location',
    'Position', 'StartDate', 'Summary']),
  'Prefix', 'PreviousUids', 'PrivateGists', 'ProfessionalHeadline', 'ProfileCity', 'ProfileCountry', 'ProfileImageUrls',
  'ProfileModifiedDate', 'ProfileName', 'ProfileUrl',
  ...items('Projects', ['EndDate', 'Id', 'IsCurrent', 'Name', 'StartDate', 'Summary', 'With[].Id', 'With[].Name']),
  'Provider', ...nested('ProviderAccessCredential', ['AccessToken', 'TokenSecret']),
  ...items('Publications', ['Authors[].Id', 'Authors[].Name', 'Date', 'Id', 'Publisher', 'Summary', 'Title', 'Url']),
  'PublicGists', 'PublicRepository', 'Quota', 'Quote',
  ...items('RecommendationsReceived', ['Id', 'RecommendationText', 'RecommendationType', 'Recommender']),
  ...items('RelatedProfileViews', ['FirstName', 'Id', 'LastName']), 'RelationshipStatus', 'Religion', 'RepositoryUrl',
  'SignupDate', ...items('Skills', ID_NAME), ...items('Sports', ID_NAME), 'StarredUrl', 'State',
  ...nested('Subscription', ['Collaborators', 'Name', 'PrivateRepos', 'Space']), 'Suffix',
  ...['CompaniestoFollow', 'IndustriestoFollow', 'NewssourcetoFollow', 'PeopletoFollow'].flatMap((k) => items(`Suggestions.${k}`, ID_NAME)),
  'TagLine', ...items('TeleVisionShow', CATEGORIZED), 'ThumbnailImageUrl', 'TimeZone', 'TotalPrivateRepository',
  'TotalStatusesCount', 'UpdatedTime', 'Verified', ...items('Volunteer', ['Cause', 'Id', 'Organization', 'Role']),
  'WebProfiles', 'Website',
] as const;

/** Field → JSON type the SDK models give it (a sample covering every type family and the [X] conflicts). */
export const FIELD_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['NoOfLogins', 'integer'], ['IsActive', 'boolean'], ['KloutScore.Score', 'number'], ['AgeRange.Min', 'integer'],
  ['PlacesLived[].IsPrimary', 'boolean'], ['PreviousUids', 'array'], ['UnverifiedEmail', 'array'],
  ['PhoneNumbers', 'array'], ['Projects[].IsCurrent', 'string'], ['CustomFields', 'object'], ['Books[].CreatedDate', 'string'],
];
